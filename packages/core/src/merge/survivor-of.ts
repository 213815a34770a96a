/** A customer as far as choosing the survivor of a merge goes. */
export interface SurvivorCandidate {
  id: string;
  /** The system of record's number, null for a customer only known on a channel. */
  customerNumber: string | null;
}

/**
 * Which of two customers stays when they are merged: the one the system of record knows by its
 * customer number, if only one is (its number, date of birth and address are the person's, and
 * the console shows the survivor's); otherwise `first` (the customer on screen, or the one checked).
 * Nothing is lost either way, and an undo puts everything back.
 */
export function survivorOf(
  first: SurvivorCandidate,
  second: SurvivorCandidate,
): { survivorId: string; absorbedId: string } {
  return first.customerNumber === null && second.customerNumber !== null
    ? { survivorId: second.id, absorbedId: first.id }
    : { survivorId: first.id, absorbedId: second.id };
}
