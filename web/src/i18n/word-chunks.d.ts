/** A word set's column in one language (web/language-chunks.ts): each key's sentence. */
declare module '*-words?lang=en' {
  const words: Record<string, string>;
  export default words;
}
declare module '*-words?lang=ru' {
  const words: Record<string, string>;
  export default words;
}
declare module '*-words?lang=uz' {
  const words: Record<string, string>;
  export default words;
}
