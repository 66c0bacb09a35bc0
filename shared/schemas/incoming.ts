/**
 * An incoming student's data: who at the home institution answers for them (kept in the
 * nomination, like any other field), and what the invitation letter and visa support need
 * about the person (kept apart, in its own item: shown only to the international office and the
 * nomination's approvers, and deleted by the scheduler when it is no longer needed).
 */
import * as z from 'zod/mini';
import { EmailSchema, IsoDateSchema, PersonNameSchema } from './common';
import { CountryCodeSchema } from './partner';

/** A telephone number as people write it: digits with `+`, spaces, hyphens, dots and brackets. */
export const PhoneSchema = z.string().check(z.trim(), z.minLength(5), z.maxLength(40), z.regex(/^\+?[0-9 ().-]+$/, 'Use digits, spaces and + ( ) - . only'));

/** Someone at the student's home institution: a name, an address, and a phone where they gave one. */
export const HomeContactSchema = z.strictObject({
  name: PersonNameSchema,
  email: EmailSchema,
  phone: z.optional(PhoneSchema),
});

/** ENU's international office and the student's coordinator there (the documented incoming nomination's). */
export const INCOMING_DETAILS_EXAMPLE = {
  homeContact: { name: 'Aigerim Sadykova', email: 'erasmus@enu.example.org', phone: '+7 7172 70 95 00' },
  coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.example.org', phone: '+7 701 555 12 34' },
};

/** An incoming nomination's home institution: its international office's contact and the student's coordinator. */
export const IncomingDetailsSchema = z
  .strictObject({
    homeContact: HomeContactSchema,
    coordinator: HomeContactSchema,
  })
  .check(
    z.meta({ id: 'IncomingDetails', example: INCOMING_DETAILS_EXAMPLE }),
  );
export type IncomingDetails = z.infer<typeof IncomingDetailsSchema>;

/** A passport number: letters and digits, as printed (spaces dropped). */
const PassportNumberSchema = z.pipe(
  z.pipe(z.string().check(z.trim(), z.toUpperCase()), z.transform((s) => s.replace(/\s+/g, ''))),
  z.string().check(z.minLength(5, 'Too short for a passport number'), z.maxLength(20, 'Too long for a passport number'), z.regex(/^[A-Z0-9]+$/, 'Use the letters and digits printed in the passport')),
);

/**
 * What an invitation letter needs about the person, and nothing more: nationality, date of
 * birth, passport number and its expiry. The name is the nominee's, already in the nomination.
 */
export const InvitationDataSchema = z
  .strictObject({
    nationality: CountryCodeSchema,
    dateOfBirth: IsoDateSchema,
    passportNumber: PassportNumberSchema,
    passportExpiry: IsoDateSchema,
  })
  .check(z.meta({ id: 'InvitationData', example: { nationality: 'KZ', dateOfBirth: '2004-05-17', passportNumber: 'N12345678', passportExpiry: '2031-03-01' } }));
export type InvitationData = z.infer<typeof InvitationDataSchema>;

/** Something the office should look at, though nothing is refused (a passport that runs out during the stay). */
export type Warning = { path: string; message: string };

/** The office records the day the student arrived. */
export const ArrivalRequestSchema = z
  .strictObject({ arrivalDate: IsoDateSchema })
  .check(z.meta({ id: 'ArrivalRequest', example: { arrivalDate: '2027-08-29' } }));
