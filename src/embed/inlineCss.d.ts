// Vite's `?inline`: the stylesheet's text, for the shadow root.
declare module '*.css?inline' {
  const text: string;
  export default text;
}
