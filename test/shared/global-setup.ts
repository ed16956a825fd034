/** vitest globalSetup: starts the shared fixture service; fixtures are made on first request. */
import type { TestProject } from 'vitest/node';
import { startFixtureService } from './fixture-service';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const service = await startFixtureService();
  project.provide('fixtureService', service.url);
  return service.close;
}
