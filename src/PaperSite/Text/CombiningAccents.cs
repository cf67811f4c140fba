using System.Collections.Frozen;

namespace PaperSite.Text;

/// <summary>
/// Composes an ASCII letter and a combining accent into one precomposed letter (e + U+0301 = é), as
/// Unicode normalization form C would. The build runs in invariant globalization mode, where
/// <c>string.Normalize</c> leaves non-ASCII text as it is, so the Latin letters that LaTeX accents make
/// are listed here. A pair Unicode has no single letter for stays a letter followed by its mark.
/// Read backwards, the same table folds accented letters to ASCII for ids.
/// </summary>
internal static class CombiningAccents
{
    private static readonly FrozenDictionary<(char Letter, char Mark), char> Composed = new[]
    {
        Row('\u0300', "AEINOUWYaeinouwy", "ÀÈÌǸÒÙẀỲàèìǹòùẁỳ"), // grave
        Row('\u0301', "ACEGIKLMNOPRSUWYZacegiklmnoprsuwyz", "ÁĆÉǴÍḰĹḾŃÓṔŔŚÚẂÝŹáćéǵíḱĺḿńóṕŕśúẃýź"), // acute
        Row('\u0302', "ACEGHIJOSUWYZaceghijosuwyz", "ÂĈÊĜĤÎĴÔŜÛŴŶẐâĉêĝĥîĵôŝûŵŷẑ"), // circumflex
        Row('\u0303', "AEINOUVYaeinouvy", "ÃẼĨÑÕŨṼỸãẽĩñõũṽỹ"), // tilde
        Row('\u0304', "AEGIOUYaegiouy", "ĀĒḠĪŌŪȲāēḡīōūȳ"), // macron
        Row('\u0306', "AEGIOUaegiou", "ĂĔĞĬŎŬăĕğĭŏŭ"), // breve
        Row('\u0307', "ABCDEFGHIMNOPRSTWXYZabcdefghmnoprstwxyz", "ȦḂĊḊĖḞĠḢİṀṄȮṖṘṠṪẆẊẎŻȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏż"), // dot above
        Row('\u0308', "AEHIOUWXYaehiotuwxy", "ÄËḦÏÖÜẄẌŸäëḧïöẗüẅẍÿ"), // diaeresis
        Row('\u030A', "AUauwy", "ÅŮåůẘẙ"), // ring above
        Row('\u030B', "OUou", "ŐŰőű"), // double acute
        Row('\u030C', "ACDEGHIKLNORSTUZacdeghijklnorstuz", "ǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽǎčďěǧȟǐǰǩľňǒřšťǔž"), // caron
        Row('\u0323', "ABDEHIKLMNORSTUVWYZabdehiklmnorstuvwyz", "ẠḄḌẸḤỊḲḶṂṆỌṚṢṬỤṾẈỴẒạḅḍẹḥịḳḷṃṇọṛṣṭụṿẉỵẓ"), // dot below
        Row('\u0327', "CDEGHKLNRSTcdeghklnrst", "ÇḐȨĢḨĶĻŅŖŞŢçḑȩģḩķļņŗşţ"), // cedilla
        Row('\u0328', "AEIOUaeiou", "ĄĘĮǪŲąęįǫų"), // ogonek
        Row('\u0331', "BDKLNRTZbdhklnrtz", "ḆḎḴḺṈṞṮẔḇḏẖḵḻṉṟṯẕ"), // macron below
    }.SelectMany(row => row).ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> Letters =
        Composed.ToFrozenDictionary(pair => pair.Value, pair => pair.Key.Letter);

    public static string Compose(char letter, char mark) =>
        Composed.TryGetValue((letter, mark), out var composed) ? composed.ToString() : string.Concat(letter.ToString(), mark.ToString());

    /// <summary>The ASCII letter a composed letter is made from (é gives e); null for any other character.</summary>
    public static char? LetterOf(char composed) => Letters.TryGetValue(composed, out var letter) ? letter : null;

    private static IEnumerable<KeyValuePair<(char, char), char>> Row(char mark, string letters, string composed) =>
        letters.Select((letter, i) => KeyValuePair.Create((letter, mark), composed[i]));
}
