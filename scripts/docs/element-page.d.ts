// Types for element-page.js, which Storybook's TypeScript imports.
export interface ManifestType {
  text?: string;
}
export interface ManifestItem {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}
export interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'private' | 'protected' | 'public';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: ManifestItem[];
}
export interface ElementDeclaration {
  name: string;
  tagName: string;
  modulePath: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  modules: { path: string; declarations?: object[] }[];
}
export interface PageContext {
  cdnEntries: Record<string, unknown>;
  exports: Record<string, unknown>;
}

export function elementsOf(manifest: Manifest): ElementDeclaration[];
export function baseName(tagName: string): string;
export function displayName(tagName: string): string;
export function escapeUnderscores(text?: string): string;
export function table(head: string[], rows: string[][]): string;
export function propertiesOnly(element: ElementDeclaration): ManifestMember[];
export function methodsOf(element: ElementDeclaration): ManifestMember[];
export function parseSource(text: string): { example: string; guide: string };
export function embedSection(element: ElementDeclaration, example: string, context: PageContext): string;
export function referenceSection(element: ElementDeclaration): string;
export function GENERATED_NOTE(tagName: string): string;
export function elementPage(element: ElementDeclaration, sourceText: string, context: PageContext): string;
