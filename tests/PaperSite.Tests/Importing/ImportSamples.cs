namespace PaperSite.Tests.Importing;

/// <summary>Files in the shapes that arXiv, Google Scholar and reference managers give, for the import tests.</summary>
internal static class ImportSamples
{
    /// <summary>Two entries as the arXiv API returns them, with the noise it adds: a wrapped title, an ACM class, an indented paragraph.</summary>
    public const string ArxivFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <id>https://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
          <title>arXiv Query: search_query=&amp;id_list=2510.08521,2510.01234&amp;start=0&amp;max_results=10</title>
          <updated>2025-10-12T00:00:00Z</updated>
          <link href="https://arxiv.org/api/query?search_query=&amp;id_list=2510.08521,2510.01234" type="application/atom+xml"/>
          <opensearch:itemsPerPage>10</opensearch:itemsPerPage>
          <opensearch:totalResults>2</opensearch:totalResults>
          <opensearch:startIndex>0</opensearch:startIndex>
          <entry>
            <id>http://arxiv.org/abs/2510.08521v1</id>
            <title>Multimodal Policy Internalization for Conversational
          Agents</title>
            <updated>2025-10-09T17:59:57Z</updated>
            <link href="https://arxiv.org/abs/2510.08521v1" rel="alternate" type="text/html"/>
            <link href="https://arxiv.org/pdf/2510.08521v1" rel="related" type="application/pdf" title="pdf"/>
            <summary>Modern conversational agents like ChatGPT and Alexa+ rely on predefined
        policies specifying metadata, response styles, and tool-usage rules.
          We introduce Multimodal Policy Internalization (MPI), a new task that
        internalizes reasoning-intensive multimodal policies into model parameters.</summary>
            <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
            <category term="I.2.7" scheme="http://arxiv.org/schemas/atom"/>
            <published>2025-10-09T17:59:57Z</published>
            <arxiv:comment>Project page: https://mikewangwzhl.github.io/TriMPI</arxiv:comment>
            <arxiv:primary_category term="cs.CL"/>
            <author>
              <name>Zhenhailong Wang</name>
              <arxiv:affiliation>University of Illinois Urbana-Champaign</arxiv:affiliation>
            </author>
            <author>
              <name>Heng Ji</name>
            </author>
          </entry>
          <entry>
            <id>http://arxiv.org/abs/2510.01234v2</id>
            <title>Fast $O(n \log n)$ Retrieval with Learned Indexes</title>
            <updated>2025-10-05T08:00:00Z</updated>
            <link href="http://dx.doi.org/10.1145/3690624.3709123" rel="related" title="doi"/>
            <summary>We show that learned indexes answer range queries in $O(n \log n)$ time.</summary>
            <category term="cs.DB" scheme="http://arxiv.org/schemas/atom"/>
            <published>2025-10-01T23:30:00Z</published>
            <arxiv:doi>10.1145/3690624.3709123</arxiv:doi>
            <arxiv:primary_category term="cs.DB"/>
            <author><name>Ada Lovelace</name></author>
          </entry>
        </feed>
        """;

    /// <summary>arXiv's own BibTeX, a Google Scholar entry, and a reference manager's journal article.</summary>
    public const string Library = """
        % Exported by hand from three places.
        @string{neurips = "Advances in Neural Information Processing Systems"}

        @misc{wang2025multimodal,
              title={Multimodal Policy Internalization for Conversational Agents},
              author={Zhenhailong Wang and Jiateng Liu and Amin Fazel and Heng Ji and Ruhi Sarikaya},
              year={2025},
              eprint={2510.08521},
              archivePrefix={arXiv},
              primaryClass={cs.CL},
              url={https://arxiv.org/abs/2510.08521},
        }

        @inproceedings{vaswani2017attention,
          title     = {Attention is {All} you Need},
          author    = {Vaswani, Ashish and Shazeer, Noam and Kaiser, {\L}ukasz and Polosukhin, Illia},
          booktitle = neurips # ", 30",
          year      = 2017,
          month     = dec,
          day       = {4},
          keywords  = {transformers; attention},
          abstract  = {The dominant sequence transduction models are based on complex recurrent
                       or convolutional neural networks.

                       We propose a new simple network architecture, the {T}ransformer.},
          journal   = {arXiv preprint arXiv:1706.03762},
        }

        @article{goedel1931,
          title   = {{\"U}ber formal unentscheidbare S{\"a}tze der {P}rincipia {M}athematica und verwandter {S}ysteme {I}},
          author  = "G{\"o}del, Kurt",
          journal = {Monatshefte f{\"u}r Mathematik und Physik},
          year    = 1931,
          doi     = {https://doi.org/10.1007/BF01700692},
          url     = {https://example.org/papers/goedel.pdf},
        }
        """;
}
