import { EditorApiActions, EditorPageActions } from './editor.actions';
import { editorFeature, EditorState } from './editor.feature';

describe('editorFeature', () => {
  const reducer = editorFeature.reducer;
  const initial = reducer(undefined, { type: 'init' });
  const request = EditorPageActions.writesRequested({
    writes: [],
    success: { key: 'editor.saved', params: {} },
    doneUrl: null,
  });

  it('is saving from the request until the answer, and counts successful saves', () => {
    const saving = reducer(initial, request);
    expect(saving.saving).toBeTrue();
    const saved = reducer(saving, EditorApiActions.writesSaved({ success: request.success, doneUrl: null }));
    expect(saved.saving).toBeFalse();
    expect(saved.saves).toBe(1);
  });

  it('keeps the message, field errors and the refused write after a failure', () => {
    const failed: EditorState = reducer(
      reducer(initial, request),
      EditorApiActions.writesFailed({
        message: { key: 'errors.validation', params: {} },
        fieldErrors: { title: { code: 'required' } },
        index: 3,
      }),
    );
    expect(failed.saving).toBeFalse();
    expect(failed.message?.key).toBe('errors.validation');
    expect(failed.fieldErrors['title'].code).toBe('required');
    expect(failed.failedIndex).toBe(3);
  });

  it('forgets an earlier failure when a page opens, but not the save count', () => {
    const failed = reducer(
      { ...initial, saves: 2 },
      EditorApiActions.writesFailed({ message: { key: 'x', params: {} }, fieldErrors: {}, index: null }),
    );
    const opened = reducer(failed, EditorPageActions.opened());
    expect(opened.message).toBeNull();
    expect(opened.saves).toBe(2);
  });
});
