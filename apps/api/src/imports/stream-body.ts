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
