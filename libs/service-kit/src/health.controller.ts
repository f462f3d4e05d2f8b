import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from './identity.guard';
import { SERVICE_NAME } from './tokens';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  @Get()
  async health(): Promise<{ service: string; status: 'ok'; database: 'ok' }> {
    await this.dataSource.query('SELECT 1');
    return { service: this.service, status: 'ok', database: 'ok' };
  }
}
