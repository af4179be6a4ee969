from zhbrief.cli.app import main

main()
