/*
 * Generates a PubMed XML file of N synthetic citations shaped like MEDLINE records (structured and
 * unstructured abstracts, authors, MeSH, publication types, DOIs), deterministic for a given N.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const words = `patients treatment outcomes randomized trial efficacy safety dose mg daily placebo cohort risk mortality
hospital admission therapy clinical significant reduction increase associated adults children infection chronic acute
disease management guideline evidence review analysis months years follow-up primary secondary endpoint hazard ratio
confidence interval baseline intervention control group diabetes hypertension stroke asthma kidney liver cancer pain`.split(/\s+/);

function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[(seed * 31 + i * 17 + ((seed >> 3) % 7) * i) % words.length]!);
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

function citation(i: number): string {
  const pmid = 30000000 + i;
  const structured = i % 5 < 3;
  const abstract = structured
    ? ['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSIONS']
        .map(
          (label, k) =>
            `<AbstractText Label="${label}" NlmCategory="${label}">${sentence(i + k, 14)} ${sentence(i + k + 1, 18)} ${sentence(i + k + 2, 12)}</AbstractText>`,
        )
        .join('')
    : `<AbstractText>${Array.from({ length: 10 }, (_, k) => sentence(i + k, 10 + (k % 3) * 6)).join(' ')}</AbstractText>`;
  const type = ['Randomized Controlled Trial', 'Review', 'Systematic Review', 'Observational Study', 'Practice Guideline'][i % 5];
  return `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${pmid}</PMID><Article PubModel="Print">
<Journal><JournalIssue CitedMedium="Internet"><PubDate><Year>${2000 + (i % 25)}</Year></PubDate></JournalIssue><Title>Journal of Synthetic Medicine ${i % 40}</Title></Journal>
<ArticleTitle>${sentence(i, 12)}</ArticleTitle><ELocationID EIdType="doi" ValidYN="Y">10.5555/synth.${pmid}</ELocationID>
<Abstract>${abstract}</Abstract>
<AuthorList><Author><LastName>Author${i % 997}</LastName><ForeName>Alex</ForeName></Author><Author><LastName>Müller</LastName><Initials>K</Initials></Author></AuthorList>
<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D0">${type}</PublicationType></PublicationTypeList></Article>
<MeshHeadingList><MeshHeading><DescriptorName UI="D1">Humans</DescriptorName></MeshHeading><MeshHeading><DescriptorName UI="D2">${words[i % words.length]}</DescriptorName></MeshHeading></MeshHeadingList>
</MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">${pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
`;
}

export async function writePubmedFixture(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n');
  for (let i = 0; i < count; i++) {
    if (!out.write(citation(i))) await once(out, 'drain');
  }
  out.end('</PubmedArticleSet>\n');
  await once(out, 'finish');
}
