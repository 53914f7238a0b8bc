import type { IncomingMessage, RequestListener } from 'node:http';
import type { Socket } from 'node:net';

export type LingerLimits = {
  /** How long a closing connection keeps reading what its client still sends. */
  maxMs: number;
  /** How much of it is read (and thrown away) before the connection is cut anyway. */
  maxBytes: number;
};

/** nginx's lingering close lasts seconds too; the bytes bound keeps a fast sender from using it as a sink. */
export const DEFAULT_LINGER: LingerLimits = { maxMs: 5_000, maxBytes: 64 * 1024 * 1024 };

export type LingerOutcome = { reason: 'time' | 'bytes'; discardedBytes: number };

/**
 * Closes a connection whose answer went out before its request body was read (a 413) the way
 * nginx does, so that the client can read that answer.
 *
 * Node closes such a connection as soon as the answer is written. The kernel then answers the
 * bytes the client is still sending with a reset, and a client busy writing its body meets EPIPE
 * or ECONNRESET before it has read the status: it sees "connection reset", not "too large".
 * Here the server sends its FIN after the answer instead, keeps reading and discarding what
 * arrives until the body ends (the socket then closes cleanly), and cuts the connection only after
 * `maxMs` or `maxBytes`, so a sender that never stops costs a bounded amount.
 */
export function withLingeringClose(
  listener: RequestListener,
  options: { limits?: LingerLimits; onCut?: (outcome: LingerOutcome) => void } = {},
): RequestListener {
  const limits = options.limits ?? DEFAULT_LINGER;
  return (request, response) => {
    // 'prefinish' comes before Node's own 'finish' handler, the one that closes the connection.
    response.once('prefinish', () => {
      if (!request.complete) deferClose(request, limits, options.onCut);
    });
    listener(request, response);
  };
}

function deferClose(request: IncomingMessage, limits: LingerLimits, onCut?: (outcome: LingerOutcome) => void) {
  const socket = request.socket as Socket & { destroySoon?: () => void };
  const closeAtOnce = socket.destroySoon;
  // Node's way to close after an answer sent with `Connection: close`; an answer that keeps the
  // connection alive never calls it, and Node drains that request body itself.
  socket.destroySoon = function destroySoon(this: Socket) {
    socket.destroySoon = closeAtOnce;
    if (request.complete) return closeAtOnce?.call(this);
    linger(socket, request, limits, onCut);
  };
}

function linger(socket: Socket, request: IncomingMessage, limits: LingerLimits, onCut?: (outcome: LingerOutcome) => void) {
  let discardedBytes = 0;
  let done = false;
  const finish = (reason?: LingerOutcome['reason']) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    request.off('readable', discard);
    socket.destroy();
    if (reason) onCut?.({ reason, discardedBytes });
  };
  const discard = () => {
    for (let chunk: Buffer | null; (chunk = request.read() as Buffer | null) !== null; ) {
      discardedBytes += chunk.byteLength;
      if (discardedBytes > limits.maxBytes) return finish('bytes');
    }
  };
  const timer = setTimeout(() => finish('time'), limits.maxMs);
  // The answer is already queued: the FIN follows it, and tells the client nothing more will come.
  socket.end();
  // The whole body has arrived, so nothing unread is left to turn the close into a reset.
  request.once('end', () => finish());
  socket.once('close', () => finish());
  request.on('readable', discard);
  discard();
}
