// jsdom has <dialog> but neither showModal() nor close() (nor a top layer):
// enough of both for the guard dialog to open and close in the dom tests. The
// modal behaviour itself (top layer, inert page) is tested in real Chromium.
export function fakeDialogMethods(): void {
  if (typeof HTMLDialogElement === 'undefined' || 'showModal' in HTMLDialogElement.prototype)
    return;
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      if (!this.isConnected) throw new DOMException('not connected', 'InvalidStateError');
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}
