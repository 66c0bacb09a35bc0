/** The scheduler Lambda, run hourly by an EventBridge rule. */
import type { ScheduledEvent } from 'aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { tick, type TickReport } from './tick';

const deps = createDeps(loadConfig());

export const handler = (_event: ScheduledEvent): Promise<TickReport> => tick(deps);
