namespace DhrLibrary.Search; public static class Placeholder {}
