"""The text stages every field reads: decode (and legacy encodings), normalize, segment
(sentence_split, syllables), chrome (page furniture) and title."""
