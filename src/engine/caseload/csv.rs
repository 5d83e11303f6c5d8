//! CSV as RFC 4180 writes it, read leniently where spreadsheets differ: the separator is taken
//! from the header line (`;` as a Dutch spreadsheet writes, or `,`), lines end in CRLF or LF, a
//! quoted cell may hold separators, doubled quotes and line breaks. A quote inside an unquoted
//! cell, or text after a closing quote, is kept as text. Separators and quotes are ASCII, so the
//! reader scans bytes and always cuts the text between characters.

/// A record: the line it starts on (from 1), and its cells, or `None` when a quote opened on
/// that line is never closed (the rest of the text is then that cell).
pub type Record = (usize, Option<Vec<String>>);

/// `;` or `,`: whichever the first line holds more of outside quotes; `;` on a tie (a header of
/// one column has neither).
pub fn scheidingsteken(tekst: &str) -> u8 {
    let (mut puntkomma, mut komma, mut geciteerd) = (0, 0, false);
    for b in tekst.bytes() {
        match b {
            b'"' => geciteerd = !geciteerd,
            b'\n' if !geciteerd => break,
            b';' if !geciteerd => puntkomma += 1,
            b',' if !geciteerd => komma += 1,
            _ => {}
        }
    }
    if komma > puntkomma {
        b','
    } else {
        b';'
    }
}

/// The records of `tekst` in order, each with the line it starts on.
pub struct Records<'a> {
    tekst: &'a str,
    pos: usize,
    regel: usize,
    scheiding: u8,
}

/// Where a reader is (the byte, the line) and its separator, without the text: with the same
/// text it goes on from there ([`Records::verder`]), so a view can read a file in parts.
#[derive(Debug, Clone, Copy)]
pub struct Plek {
    pos: usize,
    regel: usize,
    scheiding: u8,
}

impl<'a> Records<'a> {
    pub fn new(tekst: &'a str, scheiding: u8) -> Records<'a> {
        Records::verder(tekst, Plek { pos: 0, regel: 1, scheiding })
    }

    /// The reader of `tekst` at `plek`, where an earlier one over the same text stopped.
    pub fn verder(tekst: &'a str, Plek { pos, regel, scheiding }: Plek) -> Records<'a> {
        Records { tekst, pos, regel, scheiding }
    }

    /// Where the reader is.
    pub fn plek(&self) -> Plek {
        Plek { pos: self.pos, regel: self.regel, scheiding: self.scheiding }
    }

    /// The text from the current position up to (not including) the first byte of `tot`, and
    /// that byte; the lines it crosses are counted.
    fn tot(&mut self, tot: &[u8]) -> (&'a str, Option<u8>) {
        // Size: `get`, not a slice that could panic (docs/stijl.md).
        let rest = self.tekst.as_bytes().get(self.pos..).unwrap_or_default();
        let einde = rest.iter().position(|b| tot.contains(b)).unwrap_or(rest.len());
        let stuk = self.tekst.get(self.pos..self.pos + einde).unwrap_or_default();
        self.regel += stuk.bytes().filter(|&b| b == b'\n').count();
        self.pos += einde;
        let teken = rest.get(einde).copied();
        self.pos += usize::from(teken.is_some());
        (stuk, teken)
    }
}

impl Plek {
    /// How far the reader is, in bytes of the text.
    pub fn positie(self) -> usize {
        self.pos
    }

    /// The line the next record starts on.
    pub fn regel(self) -> usize {
        self.regel
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.pos >= self.tekst.len() {
            return None;
        }
        let begin = self.regel;
        let mut cellen = Vec::new();
        loop {
            let mut cel = String::new();
            if self.tekst.as_bytes().get(self.pos) == Some(&b'"') {
                self.pos += 1;
                loop {
                    match self.tot(b"\"") {
                        (stuk, Some(_)) => cel.push_str(stuk),
                        (_, None) => return Some((begin, None)),
                    }
                    if self.tekst.as_bytes().get(self.pos) != Some(&b'"') {
                        break;
                    }
                    cel.push('"');
                    self.pos += 1;
                }
            }
            let (stuk, teken) = self.tot(&[self.scheiding, b'\n']);
            let einde_regel = teken != Some(self.scheiding);
            cel.push_str(if einde_regel { stuk.strip_suffix('\r').unwrap_or(stuk) } else { stuk });
            cellen.push(cel);
            if teken == Some(b'\n') {
                self.regel += 1;
            }
            if einde_regel {
                return Some((begin, Some(cellen)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(tekst: &str) -> Vec<Record> {
        Records::new(tekst, scheidingsteken(tekst)).collect()
    }

    fn record(regel: usize, cellen: &[&str]) -> Record {
        (regel, Some(cellen.iter().map(|c| c.to_string()).collect()))
    }

    #[test]
    fn the_separator_is_the_header_lines() {
        assert_eq!(scheidingsteken("klant;verblijf\n1,2,3"), b';');
        assert_eq!(scheidingsteken("klant,verblijf\n1;2;3;4"), b',');
        assert_eq!(scheidingsteken("\"a;b\",c\n"), b',', "inside quotes it does not count");
        assert_eq!(scheidingsteken("klant"), b';');
    }

    #[test]
    fn quoting_as_rfc_4180_with_the_line_each_record_starts_on() {
        let tekst = "a;b;c\r\n\"x;y\";\"zeg \"\"hoi\"\"\";\"twee\nregels\"\r\n1;;3\n\n\"open;4\n";
        assert_eq!(
            records(tekst),
            [
                record(1, &["a", "b", "c"]),
                record(2, &["x;y", "zeg \"hoi\"", "twee\nregels"]),
                record(4, &["1", "", "3"]),
                record(5, &[""]),
                (6, None),
            ]
        );
    }

    #[test]
    fn a_reader_goes_on_where_another_stopped() {
        let tekst = "a;b\r\n\"x\ny\";1\n\n2;3";
        let mut eerste = Records::new(tekst, b';');
        let mut gelezen = vec![eerste.next().unwrap(), eerste.next().unwrap()];
        gelezen.extend(Records::verder(tekst, eerste.plek()));
        assert_eq!(gelezen, records(tekst));
    }

    #[test]
    fn stray_quotes_are_text_and_a_last_line_needs_no_break() {
        assert_eq!(records("a,b\nzeg \"hoi,\"x\"y"), [record(1, &["a", "b"]), record(2, &["zeg \"hoi", "xy"])]);
        assert_eq!(records("a;b;"), [record(1, &["a", "b", ""])]);
    }
}
