import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { ORIGINAL_CONTENT_TYPE } from './stream-body';
import { ImportsService, type ImportReport } from './imports.service';

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'];
const LATIN1 = ['iso-8859-1', 'latin1', 'windows-1252', 'cp1252'];

/** CSV upload of leads (Bearer token, sales ops or a manager): streamed, validated per row, idempotent per row. */
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Post('leads')
  @HttpCode(200)
  importLeads(
    @CurrentUser() user: AuthUser,
    @Req() req: Request & { [ORIGINAL_CONTENT_TYPE]?: string },
    @Query('mapping') mapping?: unknown,
  ): Promise<ImportReport> {
    const contentType = (req[ORIGINAL_CONTENT_TYPE] ?? 'text/csv').toLowerCase();
    const [mediaType, ...params] = contentType.split(';').map((s) => s.trim());
    if (!CSV_TYPES.includes(mediaType!)) {
      throw new LeadOpsError('BAD_USER_INPUT', `content-type: send the file as text/csv, not ${mediaType!.slice(0, 80)}`, 'content-type');
    }
    const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
    if (charset && !['utf-8', 'utf8', 'us-ascii', ...LATIN1].includes(charset)) {
      throw new LeadOpsError('BAD_USER_INPUT', `content-type: charset ${charset.slice(0, 40)} is not supported; use UTF-8`, 'content-type');
    }
    if (mapping !== undefined && typeof mapping !== 'string') throw new LeadOpsError('BAD_USER_INPUT', 'mapping: give it once, as JSON', 'mapping');
    return this.imports.importLeads(user, req, {
      mapping,
      encoding: charset && LATIN1.includes(charset) ? 'latin1' : 'utf8',
      // The answer comes before the whole upload was read: discard the rest and do not reuse the connection.
      onUnreadBody: () => {
        if (req.res && !req.res.headersSent) req.res.setHeader('Connection', 'close');
        req.resume();
      },
    });
  }
}
