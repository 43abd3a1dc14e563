import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { Payload } from '@temporalio/common';
import { AesGcmPayloadCodec, PayloadDecryptionError, type LeadOpsConfig } from '@leadops/config';
import { Roles } from '../auth/auth.decorators';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';

/** Temporal's codec server protocol: payloads with base64 metadata values and data. */
interface WirePayload {
  metadata?: Record<string, string>;
  data?: string;
}

/** More than a workflow's history page holds; a bigger body is refused before any work. */
const MAX_PAYLOADS = 2000;

/**
 * The codec endpoint for Temporal's CLI and Web UI (`--codec-endpoint <api>/temporal-codec`): it opens the sealed lead
 * payloads of a history for sales ops, the role that may follow a lead into Temporal, and for nobody else.
 */
@Roles('SALES_OPS')
@Controller('temporal-codec')
export class TemporalCodecController {
  private readonly codec: AesGcmPayloadCodec;

  constructor(@Inject(CONFIG) config: LeadOpsConfig) {
    this.codec = new AesGcmPayloadCodec(config.temporal.payloadEncryption);
  }

  @Post('decode')
  @HttpCode(200)
  async decode(@Body() body: unknown): Promise<{ payloads: WirePayload[] }> {
    try {
      return { payloads: (await this.codec.decode(fromWire(body))).map(toWire) };
    } catch (error) {
      if (error instanceof PayloadDecryptionError) throw new LeadOpsError('BAD_USER_INPUT', error.message, 'payloads');
      throw error;
    }
  }

  @Post('encode')
  @HttpCode(200)
  async encode(@Body() body: unknown): Promise<{ payloads: WirePayload[] }> {
    return { payloads: (await this.codec.encode(fromWire(body))).map(toWire) };
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function fromWire(body: unknown): Payload[] {
  const payloads = (body as { payloads?: unknown } | null)?.payloads;
  if (!Array.isArray(payloads)) throw new LeadOpsError('BAD_USER_INPUT', 'payloads: must be a list of {metadata, data}', 'payloads');
  if (payloads.length > MAX_PAYLOADS) throw new LeadOpsError('BAD_USER_INPUT', `payloads: at most ${MAX_PAYLOADS} at once`, 'payloads');
  return payloads.map((p: WirePayload, i) => {
    const metadata: Record<string, Uint8Array> = {};
    for (const [key, value] of Object.entries(p?.metadata ?? {})) {
      if (typeof value !== 'string' || !BASE64.test(value)) throw new LeadOpsError('BAD_USER_INPUT', `payloads[${i}].metadata.${key}: must be base64`, `payloads[${i}].metadata`);
      metadata[key] = Buffer.from(value, 'base64');
    }
    const data = p?.data ?? '';
    if (typeof data !== 'string' || !BASE64.test(data)) throw new LeadOpsError('BAD_USER_INPUT', `payloads[${i}].data: must be base64`, `payloads[${i}].data`);
    return { metadata, data: Buffer.from(data, 'base64') };
  });
}

function toWire(payload: Payload): WirePayload {
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
    data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64'),
  };
}
