/**
 * The one message an embed sends to the page that frames it. Shared by the embed's own script
 * (src/scripts/embed-resize.ts) and our listener (src/scripts/embed-listener.ts); the listener that
 * akimat sites paste is the same check written out in src/lib/embed/iframe.ts.
 */
export const resizeType = 'qyzmet:resize';

/** Above this a height is taken for a bug or a hostile frame, not for an office list. */
export const maxEmbedHeight = 20_000;

export interface ResizeMessage {
  type: typeof resizeType;
  /** Content height of the embed document, in CSS pixels. */
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: resizeType, height: Math.ceil(height) };
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === resizeType && typeof height === 'number' && height > 0 && height <= maxEmbedHeight;
}
