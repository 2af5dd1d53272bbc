// Read-modify-write of one storage key at a time: events arriving together
// (two tabs, a burst from one guard) run one after another, so none
// overwrites another's change.
export function serialized() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
}
