"""An independent judged set for the portal's search: a corpus written from scratch (not the demo
content) with graded queries, and a judged query set over the demo content. Written by a reader
who knows the domain and has not seen the search code; see README.md."""
