import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsumersState } from './consumer-joins';
import { Public } from './identity.guard';
import { CONSUMER_STATE, SERVICE_NAME } from './tokens';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(CONSUMER_STATE) private readonly consumers: () => ConsumersState,
  ) {}

  /** HTTP answers from start-up on; `consumers` says whether the event consumers have joined their groups yet. */
  @Get()
  async health(): Promise<{ service: string; status: 'ok'; database: 'ok'; consumers: ConsumersState }> {
    await this.dataSource.query('SELECT 1');
    return { service: this.service, status: 'ok', database: 'ok', consumers: this.consumers() };
  }
}
