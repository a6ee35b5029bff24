// What an endpoint's function hands its route: the body to send, or the
// problem to answer with the API's error shape (lib/api/json-error.ts).
export type ApiProblem = { status: 400 | 404; parameter: string; message: string };
export type ApiResult<T> = { ok: true; body: T } | { ok: false; problem: ApiProblem };

export function success<T>(body: T): { ok: true; body: T } {
  return { ok: true, body };
}

export function failure(
  status: ApiProblem["status"],
  parameter: string,
  message: string,
): { ok: false; problem: ApiProblem } {
  return { ok: false, problem: { status, parameter, message } };
}

/** The API's one error shape: `{ error: { parameter, message } }`, the message starting with the parameter's name. */
export function errorBody(parameter: string, message: string): { error: { parameter: string; message: string } } {
  return { error: { parameter, message: `${parameter} ${message}` } };
}
