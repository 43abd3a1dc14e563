// Loaded by path (inside the workflow sandbox too): failures keep their message and stack in an encoded payload, which
// the payload codec then seals, instead of in clear fields of the history.
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
