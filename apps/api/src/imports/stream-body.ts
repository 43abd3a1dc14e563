import type { NextFunction, Request, Response } from 'express';

/** Where the import route keeps the request's content type after hiding it from the body parsers. */
export const ORIGINAL_CONTENT_TYPE = Symbol('leadops.originalContentType');

const IMPORT_ROUTE = /^\/imports\/leads\/?$/;

/**
 * Registered before main.ts's body parsers: on the CSV import route it hides the content type from them,
 * so the file is streamed by the controller instead of being buffered whole in memory.
 */
export function streamImportBodies(req: Request & { [ORIGINAL_CONTENT_TYPE]?: string }, _res: Response, next: NextFunction) {
  if (req.method === 'POST' && IMPORT_ROUTE.test(req.path)) {
    req[ORIGINAL_CONTENT_TYPE] = req.headers['content-type'];
    delete req.headers['content-type'];
  }
  next();
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** Answers 413 at once to a request declaring a body over `limit` (e.g. "256kb"), except on the CSV import route. */
export function refuseLargeBodies(limit: string) {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(limit.trim());
  const maxBytes = match ? Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]! : 256 * 1024;
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes && !(req.method === 'POST' && IMPORT_ROUTE.test(req.path))) {
      res.status(413).json({ error: 'PAYLOAD_TOO_LARGE', message: `Request body over ${limit}: only the CSV import (/imports/leads) takes large files` });
      req.socket.setTimeout(5000).unref?.();
      return;
    }
    next();
  };
}
