from akonet_desktop.gui.app import main

raise SystemExit(main())
