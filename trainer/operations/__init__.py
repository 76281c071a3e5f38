"""What each screen shows, read from the records and the content by plain functions that
return dataclasses: the screens only lay it out. Tests and commands can call them without Qt."""
