import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Draft, Path } from './draft';

export interface EditorContext {
  draft: Draft;
  errors: Map<string, string[]>;
  readOnly: boolean;
  set(path: Path, value: unknown): void;
  update(change: (draft: Draft) => Draft): void;
}

export const Editor = createContext<EditorContext | null>(null);

export function useEditor(): EditorContext {
  const editor = useContext(Editor);
  if (!editor) throw new Error('editor fields must be inside <Editor.Provider>');
  return editor;
}
