import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { LeadOpsError } from '../core/errors';
import { findUnsafeText } from './unsafe-text';

/** Every GraphQL argument and REST body / query / param, for every module: text the database cannot store is a 400 naming the field. */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value; // @CurrentUser and the like: ours, not the caller's
    const found = findUnsafeText(value, metadata.data ?? '');
    if (found) {
      const field = found.field || metadata.type;
      throw new LeadOpsError('BAD_USER_INPUT', `${field}: ${found.message}`, field);
    }
    return value;
  }
}
