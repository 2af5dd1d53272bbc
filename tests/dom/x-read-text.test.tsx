/** @jsxImportSource react */
// Reading the post from a real draft-js editor: one line per block, never
// writing into the editor.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { expect, it } from 'vitest';
import { xAdapter } from '../../src/content/sites/x';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Draft({ text, testId }: { text: string; testId: string }) {
  const state = EditorState.createWithContent(ContentState.createFromText(text));
  return (
    <div data-testid={testId}>
      <Editor editorState={state} onChange={() => {}} />
    </div>
  );
}

it('reads each post of a thread, keeping line breaks between blocks', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  const root = createRoot(document.getElementById('root')!);
  await act(async () =>
    root.render(
      <div>
        <Draft testId="tweetTextarea_1" text="second post" />
        <Draft testId="tweetTextarea_0" text={'first line\nsecond line'} />
        <button data-testid="tweetButton">Post all</button>
      </div>,
    ),
  );
  const surface = xAdapter.findSurfaces(document)[0]!;
  const before = document.body.innerHTML;
  expect(xAdapter.readTexts(surface)).toEqual(['first line\nsecond line', 'second post']);
  expect(document.body.innerHTML).toBe(before);
  await act(async () => root.unmount());
});
