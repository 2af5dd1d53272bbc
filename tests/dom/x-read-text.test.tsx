/** @jsxImportSource react */
// Reading the post from a real draft-js editor: one line per block, never
// writing into the editor.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { expect, it } from 'vitest';
import { xAdapter } from '../../src/content/sites/x';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Nested as on x.com: the test id on the editable, two wrappers sharing its prefix. */
function Draft({ text, testId }: { text: string; testId: string }) {
  const state = EditorState.createWithContent(ContentState.createFromText(text));
  return (
    <div data-testid={`${testId}_label`}>
      <div data-testid={`${testId}RichTextInputContainer`}>
        <Editor editorState={state} onChange={() => {}} webDriverTestID={testId} />
      </div>
    </div>
  );
}

it('reads each post of a thread once, keeping line breaks between blocks', async () => {
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

it('still reads one text per post where the test id is on a wrapper (older markup)', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  const root = createRoot(document.getElementById('root')!);
  const state = EditorState.createWithContent(ContentState.createFromText('older markup'));
  await act(async () =>
    root.render(
      <div>
        <div data-testid="tweetTextarea_0">
          <Editor editorState={state} onChange={() => {}} />
        </div>
        <button data-testid="tweetButtonInline">Post</button>
      </div>,
    ),
  );
  const surface = xAdapter.findSurfaces(document)[0]!;
  expect(xAdapter.readTexts(surface)).toEqual(['older markup']);
  expect(xAdapter.shell(document)).toBe('testid-on-wrapper');
  await act(async () => root.unmount());
});
