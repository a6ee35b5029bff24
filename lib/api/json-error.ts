import { NextResponse } from "next/server";

/** The API's one error shape: `{ error: { parameter, message } }`, the message starting with the parameter's name. */
export function jsonError(status: number, parameter: string, message: string): NextResponse {
  return NextResponse.json({ error: { parameter, message: `${parameter} ${message}` } }, { status });
}
