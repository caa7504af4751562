"""The library window (MainWindow) and what it does with plan files and the database."""
