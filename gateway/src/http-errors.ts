import { Socket } from 'node:net';
import express from 'express';

/**
 * Every answer the gateway gives outside GraphQL execution: JSON with a stable code, never a stack,
 * a path or the input echoed back. `errors` carries the same code in GraphQL's shape for GraphQL clients.
 */
export function sendError(res: express.Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .json({ code, message, errors: [{ message, extensions: { code } }] });
}

/** What express and body-parser raise, by HTTP status, as stable codes with fixed messages. */
const BY_STATUS: Record<number, [code: string, message: string]> = {
  400: ['BAD_REQUEST', 'the request body is not valid JSON'],
  413: ['PAYLOAD_TOO_LARGE', 'the request body is too large'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json in UTF-8'],
};

/** The last middleware: anything thrown or passed to next(error) in express ends here. */
export const jsonErrorHandler: express.ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = BY_STATUS[status] ?? (status >= 400 && status < 500 ? BY_STATUS[400] : undefined);
  if (known) {
    sendError(res, status >= 400 && status < 500 ? status : 400, known[0], known[1]);
    return;
  }
  console.error('gateway: unexpected error', error);
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
};

export const jsonNotFound: express.RequestHandler = (_req, res) => sendError(res, 404, 'NOT_FOUND', 'no such route');

/**
 * Requests Node's HTTP parser refuses (headers over its 16 KB limit, malformed requests) never reach
 * express; answer them in the same JSON shape instead of Node's bare status line.
 */
export function answerClientErrors(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const [status, reason, code] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE'] : [400, 'Bad Request', 'BAD_REQUEST'];
  const body = JSON.stringify({ code, message: reason.toLowerCase(), errors: [{ message: reason.toLowerCase(), extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
