import { Controller, Get, HttpCode, Inject, Module, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { unsubscribeTokenValid, type LeadOpsConfig } from '@leadops/config';
import { LeadStore, SuppressionStore } from '@leadops/persistence';
import { engagementSignal } from '@leadops/workflows';
import { Public } from '../auth/auth.decorators';
import { CONFIG } from '../core/core.module';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto">${body}</body></html>`;

/**
 * The link in every nurture e-mail. A GET (a person clicking, or a mail scanner following links) only shows a page with
 * a button; the POST (the button, or the mail client's one-click unsubscribe of RFC 8058) puts the address on the
 * suppression list and tells the lead's workflow to stop nurture.
 */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly leads: LeadStore,
    private readonly suppressions: SuppressionStore,
    private readonly workflows: LeadWorkflowClient,
  ) {}

  @Get()
  page(@Query('l') leadId: string | undefined, @Query('t') token: string | undefined, @Res() res: Response) {
    if (!this.valid(leadId, token)) return void res.status(400).type('html').send(PAGE('Enlace no válido', '<p>Este enlace no es válido. / This link is not valid. / Este link não é válido.</p>'));
    res.type('html').send(PAGE('Darse de baja', `<form method="post"><p>¿Dejar de recibir estos correos? / Stop receiving these e-mails? / Parar de receber estes e-mails?</p><button type="submit">Darme de baja / Unsubscribe / Cancelar inscrição</button></form>`));
  }

  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('l') leadId: string | undefined, @Query('t') token: string | undefined, @Res() res: Response) {
    if (!this.valid(leadId, token)) return void res.status(400).type('html').send(PAGE('Enlace no válido', '<p>Este enlace no es válido. / This link is not valid.</p>'));
    const lead = await this.leads.findLead(leadId!);
    if (lead) {
      await this.suppressions.suppress(lead.email, 'UNSUBSCRIBED');
      // Stops nurture at once; a lead whose workflow ended is covered by the suppression list alone.
      await this.workflows.signal(lead.id, engagementSignal, { kind: 'UNSUBSCRIBE', at: new Date().toISOString() }).catch(() => undefined);
    }
    res.type('html').send(PAGE('Listo', '<p>Listo: no recibirá más correos. / Done: no more e-mails. / Pronto: nenhum e-mail mais.</p>'));
  }

  private valid(leadId: string | undefined, token: string | undefined): boolean {
    return typeof leadId === 'string' && typeof token === 'string' && /^[0-9a-f-]{36}$/i.test(leadId) && unsubscribeTokenValid(this.config.auth.jwtSecret, leadId, token);
  }
}

@Module({ controllers: [UnsubscribeController] })
export class UnsubscribeModule {}
