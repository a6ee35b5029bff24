// Tiny status pages in the depositary's format, written for the tests (not
// copied from the UN site): the chapter heading and treaty number, "Status as
// at", the participants table with its legend, footnote markers on names,
// bracketed (withdrawn) participants, and end notes with withdrawal notices.
// Kept as strings so that formatting tools leave their quirks alone (tabs and
// &nbsp; inside dates, upper-case tags), as on the real pages.

/** A CCM page (XXVI-6) with a provisional application column, a footnoted withdrawn participant, an acceptance and a name that is no state. */
export const CCM_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>UNTC</title></head>
<body>
<a id="ctl00_ctl00_langSwitch" href="/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_fr">Français</a>
<div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_div3" class="rows top-10 padd-5 heading-three">STATUS AS AT : 03-02-2026 10:16:18 EDT</div>
<div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptHead_ctl00_tcHead">
    CHAPTER XXVI
</div>
<div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptTreaty_ctl00_tcTreaty">
    6.
    Convention on Cluster Munitions
</div>
<div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptStatus_ctl00_tcText">Signatories :    4.     Parties :    4</div>
<table id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid">
	<tr class="thead-one">
		<td>Participant<br></td>
		<td>Signature<br></td>
		<td>Provisional application(n)<br></td>
		<td>Approval(AA), Acceptance(A), Accession(a), Ratification<br></td>
	</tr>
	<tr>
		<td>Afghanistan<br></td>
		<td> &nbsp;3 Dec	 2008 <br></td>
		<td>&nbsp;</td>
		<td> &nbsp;8 Sep	 2011 <br></td>
	</tr>
	<tr>
		<td>Belize <SUP><A onclick='ShowNoteAll()' href='#1' class='noteIndex'>1</A> </SUP><br></td>
		<td>&nbsp;</td>
		<td> &nbsp;2 Sep	 2014 n<br></td>
		<td> &nbsp;2 Sep	 2014 a<br></td>
	</tr>
	<tr>
		<td>Lithuania <SUP><A onclick='ShowNoteAll()' href='#2' class='noteIndex'>2</A> </SUP><br></td>
		<td>[ &nbsp;3 Dec	 2008 ]<br></td>
		<td>[24 Mar	 2011 n]<br></td>
		<td>[24 Mar	 2011 ]<br></td>
	</tr>
	<tr>
		<td><A href='#EndDec' class='noteIndex'>Netherlands (Kingdom of the)</A> <SUP><A onclick='ShowNoteAll()' href='#3' class='noteIndex'>3</A> </SUP><br></td>
		<td> &nbsp;3 Dec	 2008 <br></td>
		<td>&nbsp;</td>
		<td>23 Feb	 2011 A<br></td>
	</tr>
	<tr>
		<td>Atlantis<br></td>
		<td>&nbsp;</td>
		<td>&nbsp;</td>
		<td> &nbsp;1 Apr	 2020 a<br></td>
	</tr>
</table>
<div class="end-notes">End Note</div>
<table id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_dgNotesAll">
	<tr><td><div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_dgNotesAll_ctl02_divNotesAll" class="divNotesAll"><a name='1'>1</a><index></index> Belize notified its provisional application of article 1.<br><br></div></td></tr>
	<tr><td><div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_dgNotesAll_ctl03_divNotesAll" class="divNotesAll"><a name='2'>2</a><index></index>Lithuania notified its provisional application of article 1.<br><br><br><br>On 6 September 2024, the Government of the Republic of Lithuania deposited with the Secretary-General a notification of withdrawal. The withdrawal took effect for Lithuania on 6 March 2025 in accordance with article 20 (3) of the Convention. (See depositary notification <a href='https://treaties.un.org/doc/Publication/CN/2024/CN.347.2024-Eng.pdf'>C.N.347.2024</a>.TREATIES-XXVI-6 of 6 September 2024)<br><br></div></td></tr>
	<tr><td><div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_dgNotesAll_ctl04_divNotesAll" class="divNotesAll"><a name='3'>3</a><index></index>For the European part and the Caribbean part.<br><br></div></td></tr>
</table>
</body>
</html>
`;

/** A Mine Ban Treaty page (XXVI-5): successions ("d"), a withdrawal in effect and one pending, a bracketed name whose notes date nothing. */
export const MBT_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>UNTC</title></head>
<body>
<div id="x_div3" class="heading-three">STATUS AS AT : 03-02-2026 10:16:18 EDT</div>
<div id="x_rptHead_ctl00_tcHead">CHAPTER XXVI</div>
<div id="x_rptTreaty_ctl00_tcTreaty">5. Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction</div>
<table id="x_tblgrid">
	<tr class="thead-one">
		<td>Participant<br></td>
		<td>Signature<br></td>
		<td>Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)<br></td>
	</tr>
	<tr>
		<td>Estonia <SUP><A href='#1' class='noteIndex'>1</A> </SUP><br></td>
		<td>&nbsp;</td>
		<td>[12 May	 2004 a]<br></td>
	</tr>
	<tr>
		<td>[Finland]<br></td>
		<td>&nbsp;</td>
		<td>[ &nbsp;9 Jan	 2012 a]<br></td>
	</tr>
	<tr>
		<td><A href='#EndDec' class='noteIndex'>Montenegro</A> <SUP><A href='#2' class='noteIndex'>2</A> </SUP><br></td>
		<td>&nbsp;</td>
		<td>23 Oct	 2006 d<br></td>
	</tr>
	<tr>
		<td>Poland <SUP><A href='#3' class='noteIndex'>3</A>, <A href='#4' class='noteIndex'>4</A> </SUP><br></td>
		<td> &nbsp;4 Dec	 1997 <br></td>
		<td>27 Dec	 2012 <br></td>
	</tr>
	<tr>
		<td>South Sudan<br></td>
		<td>&nbsp;</td>
		<td>11 Nov	 2011 d<br></td>
	</tr>
</table>
<div class="end-notes">End Note</div>
<div class="divNotesAll"><a name='1'>1</a><index></index>On 27 June 2025, the Government of the Republic of Estonia deposited with the Secretary-General a notification of withdrawal (See depositary notification <a href='#'>C.N.360.2025</a>.TREATIES-XXVI-5 of 3 July 2025). The withdrawal took effect for Estonia on 27 December 2025 in accordance with article 20 (3) of the Convention.<br><br></div>
<div class="divNotesAll"><a name='2'>2</a><index></index>See the "Historical Information" section.<br><br></div>
<div class="divNotesAll"><a name='3'>3</a><index></index>On 20 August 2025, the Government of Poland deposited with the Secretary-General a notification of withdrawal (see depositary notification <a href='#'>C.N.421.2025</a>.TREATIES-XXVI-5 of 26 August 2025). The withdrawal will take effect for Poland on 20 February 2026 in accordance with article 20 (3) of the Convention.<br><br></div>
<div class="divNotesAll"><a name='4'>4</a><index></index>On 30 March 2016, the Government of Poland made a communication.<br><br></div>
</body>
</html>
`;

/** Another page of the same site: no participants table, no "Status as at" date. */
export const NOT_A_STATUS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>UNTC</title></head>
<body>
<h2>Depositary Notifications (CNs) by date</h2>
<table>
	<tr><td>Reference</td><td>Date</td><td>Title</td></tr>
	<tr><td>C.N.347.2024.TREATIES-XXVI-6</td><td>06/09/2024</td><td>Convention on Cluster Munitions: Lithuania: Withdrawal</td></tr>
</table>
</body>
</html>
`;
