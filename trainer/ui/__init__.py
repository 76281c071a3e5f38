"""The Qt layer: it renders screens and routes between them; the domain does the rest."""
