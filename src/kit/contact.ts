/**
 * Contact details written as a sentence (“please contact Jo Bloggs, Ward Manager, on 01234 567890
 * or jo.bloggs@nhs.net”): names, numbers and addresses, which readers scan rather than read, so
 * readability rules do not measure them.
 */
const email = /[\w.+-]@[\w-]{1,63}\.[\w.-]{2,63}/;
const phone = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b(?:tel|telephone|phone|mobile|ext)\.?:?\s{0,2}\d/i;

/** Whether a sentence (as written in the source, addresses included) gives contact details. */
export function isContactDetails(text: string): boolean {
  return email.test(text) || phone.test(text);
}
