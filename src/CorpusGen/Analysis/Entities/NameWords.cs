using System;
using System.Collections.Generic;

namespace CorpusGen.Analysis
{
    /// <summary>
    /// The small word lists of <see cref="EntityMatcher"/>, compared case-sensitively on the folded word
    /// (curly apostrophes straight, diacritics removed, a possessive removed).
    /// </summary>
    internal static class NameWords
    {
        /// <summary>Function words and common sentence openers: never a name on their own, and dropped from the front of a capitalised run ("The European Commission").</summary>
        public static readonly HashSet<string> Function = Set(
            "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "But", "And", "Or", "Nor", "So", "Yet", "If", "When", "While",
            "After", "Before", "As", "At", "In", "On", "Of", "For", "From", "To", "With", "Without", "By", "Under", "Over", "During",
            "Since", "Until", "Into", "About", "Against", "Between", "Among", "Through", "Amid", "Despite", "However", "Meanwhile",
            "Also", "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "Why", "What", "Who", "Whom", "Whose", "How",
            "Where", "Which", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Any", "Several", "Such", "Other", "Another",
            "No", "Not", "Even", "Only", "Just", "According", "Following", "Although", "Though", "Because", "Instead", "Indeed",
            "Nevertheless", "Moreover", "Furthermore", "Yes", "Read", "More", "See", "Also");

        /// <summary>Months and weekdays: not reported as a name when they stand alone.</summary>
        public static readonly HashSet<string> Calendar = Set(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun");

        /// <summary>Nationality, region and religion adjectives: not reported as a name when they stand alone ("Dutch broadcasters").</summary>
        public static readonly HashSet<string> Adjectives = Set(
            "Dutch", "English", "British", "American", "European", "French", "German", "Belgian", "Hungarian", "Polish", "Italian",
            "Spanish", "Portuguese", "Russian", "Ukrainian", "Chinese", "Japanese", "Indian", "African", "Asian", "Arab", "Arabic",
            "Turkish", "Moroccan", "Syrian", "Greek", "Swedish", "Danish", "Norwegian", "Finnish", "Irish", "Scottish", "Welsh",
            "Western", "Eastern", "Northern", "Southern", "Christian", "Catholic", "Protestant", "Muslim", "Islamic", "Jewish");

        /// <summary>Generic organisation words: not reported when they stand alone right after a mention ("the PVV Party").</summary>
        public static readonly HashSet<string> Designators = Set(
            "Party", "Government", "Cabinet", "Commission", "Council", "Ministry", "Parliament", "Group", "Alliance", "Movement",
            "Coalition", "Agency", "Union");

        /// <summary>Caption labels: not reported when they stand alone ("Mark RuttePhoto: …").</summary>
        public static readonly HashSet<string> CaptionLabels = Set(
            "Photo", "Photos", "Picture", "Image", "Images", "Video", "Credit", "Source", "File");

        /// <summary>Honorifics, written with or without a period: "Mr Rutte", "Mr. Rutte".</summary>
        public static readonly HashSet<string> Honorifics = Set(
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Rev", "Sen", "Gov", "Rep", "Gen", "Col",
            "Capt", "Lt", "Sgt", "Hon");

        /// <summary>Offices: the last word of a title ("Prime Minister", "Finance Minister", "PM").</summary>
        public static readonly HashSet<string> Roles = Set(
            "Minister", "President", "Premier", "Chancellor", "PM", "Secretary", "Senator", "Governor", "Mayor", "King", "Queen",
            "Prince", "Princess", "Commissioner", "Ambassador", "Speaker", "Chairman", "Chairwoman", "Spokesman", "Spokeswoman",
            "General", "Judge", "Pope", "Leader", "Director", "Councillor", "Alderman", "MP", "MEP");

        /// <summary>Lower-case name particles that may stand inside a name: "Caroline van der Plas", "Hugo de Jonge".</summary>
        public static readonly HashSet<string> Particles = Set(
            "van", "de", "der", "den", "ter", "ten", "von", "da", "di", "du", "del", "della", "le", "la", "bin", "ibn", "al", "el", "dos", "das");

        /// <summary>Lower-case words that join the words of a title ("Asylum and Migration Minister").</summary>
        public static readonly HashSet<string> Connectors = Set("and", "of", "for");

        private static HashSet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);
    }
}
