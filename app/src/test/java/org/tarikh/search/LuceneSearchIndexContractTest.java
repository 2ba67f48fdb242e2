package org.tarikh.search;

import java.nio.file.Path;
import org.tarikh.lexicon.NameKeyer;

/** The search contract on the embedded index. */
class LuceneSearchIndexContractTest extends SearchIndexContract {
    @Override
    protected SearchIndex open(Path folder, LinkedFacets linked) {
        return LuceneSearchIndex.open(folder, true, new NameKeyer()::key, Thesaurus.load(), linked, SearchFeature.ALL);
    }
}
