/** An error whose message is written for the person running the app: shown as is, one line. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}
