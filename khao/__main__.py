from khao.cli import main

main()
