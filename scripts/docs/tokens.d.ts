// Types for tokens.js, which Storybook's TypeScript imports.
import type { Manifest } from './element-page.js';

export interface ThemeToken {
  name: string;
  light: string;
  dark: string;
  descriptions: Set<string>;
  elements: string[];
}
export function tokenDefaults(cssText: string): { light: Record<string, string>; dark: Record<string, string> };
export function themeTokens(manifest: Manifest, cssText: string): ThemeToken[];
export function tokenKind(name: string): 'color' | 'length' | 'text';
export function tokensTable(tokens: ThemeToken[], elementCount: number): string;
