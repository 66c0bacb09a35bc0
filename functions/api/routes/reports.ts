/**
 * The office's statistics (GET /api/reports/…): the international office and admins for the whole
 * university, a dean for their own faculty; anyone else 403. Read from the report facts; what
 * waits on whom (the dashboard) from the items in review.
 */
import { AgreementStatisticsQuerySchema, ExchangeBalanceQuerySchema, InReviewQuerySchema, MobilityStatisticsQuerySchema, PlacesUseQuerySchema, YearlyFiguresQuerySchema } from '../../../shared/schemas/reports';
import * as reports from '../../lib/services/reports';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = {
  400: 'A query parameter is not valid: an unknown dimension or status is named, and so is the one of two contradicting parameters',
  401: 'Not signed in',
  403: 'Not the international office, an administrator or a dean (a dean: not their own faculty)',
};

export function reportRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'get',
      operationId: 'countMobilities',
      access: 'session',
      path: '/reports/mobilities',
      tag: 'reports',
      summary: 'Mobilities counted by academic or calendar year and any of direction, type, role, level, faculty, partner, country, programme and status, with person-months',
      query: MobilityStatisticsQuerySchema,
      responses: { 200: 'One row per year and combination, ordered; a year with nothing is no row', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.mobilityStatistics(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'countAgreements',
      access: 'session',
      path: '/reports/agreements',
      tag: 'reports',
      summary: 'Agreements in force on a day or signed per year, by country, kind, scope, faculty, partner or status; or those expiring soon',
      query: AgreementStatisticsQuerySchema,
      responses: { 200: 'Counts per combination, ordered (view=expiring: the agreements, soonest first)', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.agreementStatistics(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'reportPlacesUse',
      access: 'session',
      path: '/reports/places',
      tag: 'reports',
      summary: 'Places planned against used, per agreement, academic year, sender and mobility type',
      query: PlacesUseQuerySchema,
      responses: { 200: 'One row per cell planned or used, ordered by agreement', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.placesUseReport(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'reportExchangeBalance',
      access: 'session',
      path: '/reports/balance',
      tag: 'reports',
      summary: 'The exchange balance: incoming against outgoing mobilities per partner and year',
      query: ExchangeBalanceQuerySchema,
      responses: { 200: 'One row per partner and year, ordered', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.exchangeBalanceReport(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'reportYearlyFigures',
      access: 'session',
      path: '/reports/yearly',
      tag: 'reports',
      summary: 'The yearly figures: memoranda signed and in force at the end, countries, students and staff out and in, by programme',
      query: YearlyFiguresQuerySchema,
      responses: { 200: 'The figures of one year (this one when none is asked)', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.yearlyReport(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'countItemsInReview',
      access: 'session',
      path: '/reports/pending',
      tag: 'reports',
      summary: 'What waits on whom: nominations and memoranda in review counted by the step they wait at, with those past its due date',
      query: InReviewQuerySchema,
      responses: { 200: 'One row per kind and step, in the chain\'s order; nothing in review is no row', ...ANSWERS },
    },
    async (c, { query }) => c.json(await reports.inReviewReport(depsOf(c), await signedIn(c), query), 200),
  );
}
