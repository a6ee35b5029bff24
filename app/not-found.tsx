import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no treaty, state or region at this address.</p>
      <p>
        Try the <Link href="/treaties">list of treaties</Link>, a state such as <Link href="/states/NIU">Niue</Link>, or
        the <Link href="/regions">list of regions</Link>.
      </p>
    </>
  );
}
