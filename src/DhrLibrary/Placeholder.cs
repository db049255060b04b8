namespace DhrLibrary; public static class Placeholder {}
