namespace DhrLibrary.Import; public static class Placeholder {}
