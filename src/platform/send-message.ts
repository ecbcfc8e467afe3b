/** Thin adapter: sends one typed request to the background and returns its typed response. */
import { ext } from './extension-api.ts';
import type { MessageName, Request, Response } from '../messages.ts';

/** Sends `type` with `payload` through runtime messaging; rejects if the background answers nothing. */
export async function sendMessage<K extends MessageName>(type: K, payload: Request<K>): Promise<Response<K>> {
  const response: unknown = await ext.runtime.sendMessage({ type, payload });
  if (response === undefined) throw new Error(`No answer from the background to ${type}`);
  return response as Response<K>;
}
