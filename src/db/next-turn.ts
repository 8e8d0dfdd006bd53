// A turn of the event loop: long work over the log (reading or writing the saved index, an
// export) yields here, so a popup's request asked meanwhile is answered in between.
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
